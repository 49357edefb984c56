package gov.perftarget.indicator.domain;

/** Whom a library indicator serves: 共性指标 every department, 个性指标 one field of work. */
public enum LibraryScope {
    /** 共性指标. */
    COMMON,
    /** 个性指标. */
    FIELD_SPECIFIC
}
