package gov.perftarget.budget.form;

import java.util.List;

import gov.perftarget.budget.domain.RevisionContent;

/**
 * 部门整体预算绩效目标申报表 as a whole: what budget-service holds (header, budget overview, overall target, key
 * tasks) and the indicators indicator-service holds, for one draft ({@code revision} 0) or one submitted revision.
 */
public record Form(RevisionContent content, int revision, List<Indicator> indicators) {

    /** One 三级 indicator as the form prints it: its categories by name, its two value cells as written. */
    public record Indicator(String level1Category, String level2Category, String name, String periodTarget,
            String annualTarget) {
    }
}
