package gov.perftarget.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class BudgetIdentitiesTest {

    /** The seed form's figures (Guangzhou Municipal Science and Technology Bureau). */
    private static final BudgetOverview SEED = new BudgetOverview(
            new BigDecimal("16467.85"), new BigDecimal("7914.13"), new BigDecimal("494772.54"),
            new BigDecimal("0.00"), new BigDecimal("470390.56"), new BigDecimal("0.00"),
            new BigDecimal("412768.56"), new BigDecimal("57622.00"));

    private static final List<BigDecimal> SEED_TASKS = List.of(new BigDecimal("115233.66"),
            new BigDecimal("68323.56"), new BigDecimal("182186.08"), new BigDecimal("21833.00"),
            new BigDecimal("25192.26"));

    @Test
    void shouldAcceptTheSeedFormToTheCent() {
        BudgetCheck check = BudgetIdentities.check(SEED, SEED_TASKS);

        assertEquals(new BigDecimal("494772.54"), check.expenditureTotal());
        assertEquals(new BigDecimal("494772.54"), check.incomeTotal());
        assertEquals(new BigDecimal("412768.56"), check.keyTaskFundsTotal());
        assertTrue(check.identities().stream().allMatch(IdentityCheck::holds));
        assertTrue(check.findings().isEmpty(), () -> check.findings().toString());
    }

    @Test
    void shouldRejectUnbalancedBudgetByOneCent() {
        BudgetOverview unbalanced = new BudgetOverview(new BigDecimal("16467.86"), SEED.projectExpenditure(),
                SEED.fiscalAppropriation(), SEED.otherIncome(), SEED.specialFunds(),
                SEED.otherDevelopmentExpenditure(), SEED.cityLevelUse(), SEED.transferToLowerLevels());

        BudgetCheck check = BudgetIdentities.check(unbalanced, SEED_TASKS);

        assertTrue(check.hasErrors());
        assertEquals(List.of("BUDGET_EXPENDITURE_INCOME_MISMATCH"), codes(check));
        assertEquals(new BigDecimal("494772.55"), check.expenditureTotal());
    }

    @Test
    void shouldRejectSpecialFundsThatDoNotSplitIntoCityLevelAndTransfers() {
        BudgetOverview badSplit = new BudgetOverview(SEED.basicExpenditure(), SEED.projectExpenditure(),
                SEED.fiscalAppropriation(), SEED.otherIncome(), SEED.specialFunds(),
                SEED.otherDevelopmentExpenditure(), SEED.cityLevelUse(), new BigDecimal("57622.01"));

        BudgetCheck check = BudgetIdentities.check(badSplit, SEED_TASKS);

        assertEquals(List.of("BUDGET_SPECIAL_FUNDS_SPLIT_MISMATCH"), codes(check));
    }

    @Test
    void shouldTreatKeyTaskFundsAboveCityLevelUseAsErrorAndBelowAsWarning() {
        BudgetCheck above = BudgetIdentities.check(SEED, List.of(new BigDecimal("412768.57")));
        BudgetCheck below = BudgetIdentities.check(SEED, List.of(new BigDecimal("412768.55")));

        assertEquals(List.of("KEY_TASK_FUNDS_ABOVE_CITY_LEVEL_USE"), codes(above));
        assertTrue(above.hasErrors());
        assertEquals(List.of("KEY_TASK_FUNDS_BELOW_CITY_LEVEL_USE"), codes(below));
        assertFalse(below.hasErrors());
        assertEquals(Severity.WARNING, below.findings().get(0).severity());
    }

    @Test
    void shouldCompareAmountsByValueNotByScale() {
        BudgetOverview scaled = new BudgetOverview(new BigDecimal("1.5"), new BigDecimal("0"),
                new BigDecimal("1.50"), new BigDecimal("0.00"), new BigDecimal("0"), new BigDecimal("0"),
                new BigDecimal("0"), new BigDecimal("0"));

        assertTrue(BudgetIdentities.check(scaled, List.of()).findings().isEmpty());
    }

    private static List<String> codes(BudgetCheck check) {
        return check.findings().stream().map(Finding::code).toList();
    }
}
