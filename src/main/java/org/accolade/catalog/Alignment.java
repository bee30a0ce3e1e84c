package org.accolade.catalog;

/**
 * Where a badge class sits in a competency framework, as Open Badges 2.0's AlignmentObject says it: the target's
 * name and an absolute http(s) URL are required, its description, framework and code are optional. The service
 * checks them when a badge class is saved and refuses naming the field, as in {@code alignments[0].targetUrl}.
 */
public record Alignment(String targetName, String targetUrl, String targetDescription, String targetFramework,
        String targetCode) {

    public static final int NAME_MAX = 200;
    public static final int URL_MAX = 2000;
    public static final int DESCRIPTION_MAX = 2000;
    public static final int FRAMEWORK_MAX = 200;
    public static final int CODE_MAX = 100;
    /** More than this many alignments would be a list of frameworks, not a badge's place in them. */
    public static final int COUNT_MAX = 20;
}
