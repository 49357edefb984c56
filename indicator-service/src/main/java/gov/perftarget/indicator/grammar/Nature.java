package gov.perftarget.indicator.grammar;

/** 指标性质: whether a measure is a number to reach (定量) or a text to judge (定性). */
public enum Nature {
    QUANTITATIVE, QUALITATIVE
}
