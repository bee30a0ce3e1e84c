package org.accolade.tasks;

/** One choice of a radio, select, checklist or taglist: what the person sees and the value that is submitted. */
public record FormOption(String label, String value) {
}
