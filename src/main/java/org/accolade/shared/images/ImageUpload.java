package org.accolade.shared.images;

/**
 * An image as a person hands it in: the file's name and the type the browser claims for it, which the content must
 * bear out, and the bytes.
 */
public record ImageUpload(String fileName, String mediaType, byte[] content) {
}
