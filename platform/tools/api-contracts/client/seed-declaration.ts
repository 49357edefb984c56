// What a frontend or another government system writes against our published OpenAPI documents:
// the seed form (Guangzhou Municipal Science and Technology Bureau) is created, filled, read and
// submitted, and its pre-review read, through clients typed by the generated types
// (platform/tools/api-contracts/target/ts, from openapi-typescript). The test command compiles it with
// `tsc`: a breaking change to an API breaks this build.
import createClient from 'openapi-fetch';
import type { components as Budget, paths as BudgetPaths } from '../target/ts/budget-service.js';
import type { components as Indicators, paths as IndicatorPaths } from '../target/ts/indicator-service.js';
import type { components as Reviews, paths as ReviewPaths } from '../target/ts/review-service.js';
import seed from '../../../../deploy/local/seed/gz-stb-declaration.json' with { type: 'json' };

type DepartmentRequest = Budget['schemas']['DepartmentRequest'];
type DeclarationRequest = Budget['schemas']['DeclarationRequest'];
type DeclarationResponse = Budget['schemas']['DeclarationResponse'];
type IndicatorSetRequest = Indicators['schemas']['IndicatorSetRequest'];
type Review = Reviews['schemas']['ReviewResponse'];
type Problem = Budget['schemas']['Problem'];

/** The seed form as the bodies the APIs take: every field checked against the published schemas. */
export function seedBodies(departmentId: string, fiscalYear: number) {
  const department: DepartmentRequest = {
    code: 'GZSTB',
    name: seed.department.name,
    subordinateUnitCount: seed.department.subordinateUnitCount,
  };
  const declaration: DeclarationRequest = {
    departmentId,
    fiscalYear,
    budget: {
      basicExpenditure: seed.budget.basicExpenditure,
      projectExpenditure: seed.budget.projectExpenditure,
      fiscalAppropriation: seed.budget.fiscalAppropriation,
      otherIncome: seed.budget.otherIncome,
      specialFunds: seed.budget.specialFunds,
      otherDevelopmentExpenditure: seed.budget.otherDevelopmentExpenditure,
      cityLevelUse: seed.budget.cityLevelUse,
      transferToLowerLevels: seed.budget.transferToLowerLevels,
    },
    overallTarget: seed.overallTarget,
    keyTasks: seed.keyTasks.map((task) => ({
      name: task.name,
      content: task.content,
      plannedFunds: task.plannedFunds,
      expectedOutcome: task.expectedOutcome,
    })),
    otherTasks: seed.otherTasks ?? undefined,
  };
  const indicators: IndicatorSetRequest = {
    indicators: seed.indicators.map((indicator) => ({
      level1Category: indicator.level1Category,
      level2Category: indicator.level2Category,
      name: indicator.name,
      periodTarget: indicator.periodTarget,
      annualTarget: indicator.annualTarget,
    })),
  };
  return { department, declaration, indicators };
}

function fail(what: string, problem: Problem | undefined): never {
  throw new Error(`${what}: ${problem?.status} ${problem?.type} ${problem?.detail ?? ''}`);
}

/**
 * Creates, fills, reads and submits the seed declaration, then waits for its automatic pre-review.
 * `token` is a bearer token (JWT) of a declarant of the department (locally: deploy/local/token.sh).
 */
export async function fileSeedDeclaration(urls: { budget: string; indicator: string; review: string }, fiscalYear: number,
  token: string) {
  const headers = { 'Accept-Language': 'zh-CN', Authorization: `Bearer ${token}` };
  const budget = createClient<BudgetPaths>({ baseUrl: urls.budget, headers });
  const indicators = createClient<IndicatorPaths>({ baseUrl: urls.indicator, headers });
  const reviews = createClient<ReviewPaths>({ baseUrl: urls.review, headers });

  const { department } = seedBodies('', fiscalYear);
  const found = await budget.GET('/api/v1/departments', { params: { query: { code: department.code } } });
  const departmentId = found.data?.items[0]?.id
      ?? (await budget.POST('/api/v1/departments', { body: department })).data?.id;
  if (!departmentId) {
    fail('department', found.error);
  }
  const bodies = seedBodies(departmentId, fiscalYear);

  const created = await budget.POST('/api/v1/declarations', {
    params: { header: { 'Idempotency-Key': `seed-${fiscalYear}` } },
    body: bodies.declaration,
  });
  const declaration: DeclarationResponse = created.data ?? fail('create declaration', created.error);
  // always given (required in the document): no fallback, no non-null assertion
  const declarationId: string = declaration.id;

  const filled = await indicators.PUT('/api/v1/declarations/{declarationId}/indicators', {
    params: { path: { declarationId } },
    body: bodies.indicators,
  });
  const filledSet = filled.data ?? fail('fill indicators', filled.error);
  const measures: number = filledSet.indicators
      .reduce((count, indicator) => count + indicator.annualMeasures.length, 0);
  const indicatorSetVersion = filledSet.version ?? 0;

  const read = await budget.GET('/api/v1/declarations/{id}', { params: { path: { id: declarationId } } });
  const version = read.response.headers.get('ETag') ?? undefined;
  const status: Budget['schemas']['DeclarationStatus'] | undefined = read.data?.status;

  const submitted = await budget.POST('/api/v1/declarations/{id}/submit', {
    params: { path: { id: declarationId }, header: { 'If-Match': version } },
    body: { indicatorSetVersion },
  });
  const revision: number = (submitted.data ?? fail('submit', submitted.error)).revision;

  let review: Review | undefined;
  for (let attempt = 0; attempt < 60 && review?.status !== 'PRE_REVIEWED'; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    review = (await reviews.GET('/api/v1/declarations/{declarationId}/revisions/{revision}/review', {
      params: { path: { declarationId, revision } },
    })).data;
  }
  return {
    declarationId, status, revision, measures,
    proposedGrade: review?.proposedGrade,
    // preReview is null while the review is PENDING; its findings are always given
    findings: review?.preReview?.findings.map((finding) => `${finding.severity} ${finding.code}`) ?? [],
  };
}
