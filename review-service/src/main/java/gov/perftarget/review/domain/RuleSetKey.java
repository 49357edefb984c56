package gov.perftarget.review.domain;

import java.io.Serializable;
import java.util.Objects;

/** The primary key of a versioned rule set (scoring or monitoring): fiscal year and version. */
public class RuleSetKey implements Serializable {

    public int fiscalYear;
    public int version;

    @Override
    public boolean equals(Object other) {
        return other instanceof RuleSetKey key && key.fiscalYear == fiscalYear && key.version == version;
    }

    @Override
    public int hashCode() {
        return Objects.hash(fiscalYear, version);
    }
}
