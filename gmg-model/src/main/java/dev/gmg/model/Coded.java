package dev.gmg.model;

/**
 * A term of one of the model's controlled vocabularies: a stable lower-case code for data files and a label
 * for people.
 */
public interface Coded {

    /** {@return the stable code used in data files, lower case with hyphens, for example {@code "women-and-gender"}} */
    String code();

    /** {@return a label for display, for example {@code "Women and gender"}} */
    String label();
}
