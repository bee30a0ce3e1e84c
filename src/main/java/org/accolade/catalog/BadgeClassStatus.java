package org.accolade.catalog;

public enum BadgeClassStatus {
    DRAFT, PUBLISHED, ARCHIVED
}
