# Renders a review (GET …/revisions/{n}/review of review-service) as text for the terminal.
# Money stays a decimal string: grouping digits is done on the text, never through a float.
def grouped:
  (split(".")) as $p
  | ($p[0] | explode | reverse | [recurse(.[3:]; length > 0) | .[0:3] | reverse | implode] | reverse | join(","))
    + (if ($p | length) > 1 then "." + $p[1] else "" end);
def mark: if . then "OK  " else "FAIL" end;

"== 绩效目标机审 Pre-review: \(.departmentName) (\(.departmentCode)), fiscal year \(.fiscalYear), revision \(.revision): \(.status) ==",
"",
"Budget identities (万元):",
(.preReview.budget as $b
  | "  expenditure total  \($b.expenditureTotal | grouped)",
    "  income total       \($b.incomeTotal | grouped)",
    "  key-task funds     \($b.keyTaskFundsTotal | grouped)",
    ($b.identities[] | "  [\(.holds | mark)] \(.description): \(.left | grouped) = \(.right | grouped)")),
"",
"Indicators: \(.preReview.indicatorCount)",
(.preReview.categories[] | "  \(.level1CategoryName) / \(.level2CategoryName): \(.count)"),
"",
"Annual against period target text:",
(.preReview.targetComparisons[] | "  \(.position). \(.comparison)"),
"",
"Annual against period quantities (ratio annual/period); quantitative share of annual measures: \(.preReview.quantitativeShare // "-"):",
((.preReview.measureComparisons // [])[] | "  \(.indicatorPosition). \(.metric) \(.comparator) \(.annualValue) \(.annualUnit // .unit // "") / \(.periodValue) \(.periodUnit // .unit // "")" + (if .comparedUnit then " (compared: \(.comparedAnnualValue) / \(.comparedPeriodValue) \(.comparedUnit))" else " (units differ)" end) + " = \(.ratio // "-")"),
"",
"Findings: \(.preReview.errorCount) errors, \(.preReview.warningCount) warnings, \(.preReview.findings | length) in all",
(.preReview.findings[] | "  \(.severity) \(.code) [\(.field)] \(.message) / \(.messageEn)")
,
"",
"Key tasks covered by indicators (相关性):",
((.preReview.keyTaskCoverage // [])[] | "  \(.keyTask). \(.name): indicators \(.indicatorPositions | map(tostring) | join(", ") | if . == "" then "none" else . end)"),
"",
"Proposed grades (for the reviewer to confirm or change): overall \(.preReview.proposedGrades.overallGrade // "-") (\(.preReview.proposedGrades.overallPoints // "-"))",
((.preReview.proposedGrades.criteria // [])[] | "  \(.criterionName) \(.criterion): \(.grade) — \(.reasonEn)")
