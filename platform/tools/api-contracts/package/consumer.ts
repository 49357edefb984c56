// What a frontend writes after `npm install perftarget-api-client-<version>.tgz`: compiled with `strict` against
// the packed package, so a package that does not install or type-check fails the test command.
import { createClients, isProblem, type ProblemType } from '@perftarget/api-client';

const clients = createClients({
  budgetUrl: 'http://localhost:8081',
  indicatorUrl: 'http://localhost:8082',
  reviewUrl: 'http://localhost:8083',
  token: () => 'a token from the identity provider',
});

export async function myDeclarations(departmentCode: string): Promise<string[]> {
  const { data, error } = await clients.budget.GET('/api/v1/declarations', {
    params: { query: { q: departmentCode, size: 20 } },
  });
  if (error !== undefined) {
    const type: ProblemType | undefined = isProblem(error) ? error.type : undefined;
    throw new Error(`declarations refused: ${type ?? 'unknown problem'}`);
  }
  return (data?.items ?? []).map((declaration) => `${declaration.fiscalYear} ${declaration.status}`);
}

export async function reviewerQueue(): Promise<number | undefined> {
  const { data } = await clients.review.GET('/api/v1/reviews/counts', { params: { query: {} } });
  return data?.preReviewed;
}
