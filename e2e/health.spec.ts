import { expect, test } from '@playwright/test';

// The container health check (Dockerfile HEALTHCHECK, docs/ecs-task-definition.json) calls this route.
test('the health check route answers ok as JSON', async ({ request }) => {
  const response = await request.get('/healthz');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('application/json');
  expect(await response.json()).toEqual({ status: 'ok' });
});
