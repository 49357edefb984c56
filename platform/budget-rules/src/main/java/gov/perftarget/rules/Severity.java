package gov.perftarget.rules;

/** How much a finding weighs: an ERROR blocks a submission, a WARNING or INFO is for the reviewer. */
public enum Severity {
    ERROR, WARNING, INFO
}
