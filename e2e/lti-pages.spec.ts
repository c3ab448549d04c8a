/**
 * The LTI tool's pages as someone who reaches them outside a launch sees them: the setup page for an LMS
 * administrator, the check-up and content picker telling a visitor they open from a course, and a bad launch's
 * error page naming the failed check and the fix. Both themes, 360 px and desktop, no axe violations. (The launch
 * itself, in a real Moodle: e2e/lms/lti.spec.ts.)
 */
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, useSystemTheme } from './support';

for (const theme of ['light', 'dark'] as const) {
  for (const width of [360, 1280]) {
    test(`the LTI pages explain themselves (${theme}, ${width} px)`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await useSystemTheme(page, theme);

      await page.goto('/lti');
      await expect(page.getByRole('heading', { name: 'Register by pasting one URL' })).toBeVisible();
      await expect(page.getByText(/\/lti\/register$/)).toBeVisible();
      await expect(page.getByText(/\/lti\/jwks$/)).toBeVisible();
      await expectNoAxeViolations(page);

      await page.goto('/lti/check-up/launch-types');
      await expect(page.getByRole('alert').filter({ hasText: /./ })).toContainText('This page was not opened from a course.');
      await expect(page.getByRole('button', { name: 'Submit answers' })).toBeDisabled();
      await expectNoAxeViolations(page);

      await page.goto('/lti/pick');
      await expect(page.getByRole('alert').filter({ hasText: /./ })).toContainText('opened by your LMS');
      await expect(page.getByRole('button', { name: 'Add to the course' })).toBeDisabled();
      await expectNoAxeViolations(page);

      await page.goto('/lti/login?iss=https://unknown.example&login_hint=x&target_link_uri=http://localhost/lti/launch');
      await expect(page.getByRole('heading', { name: 'The course tool could not open' })).toBeVisible();
      await expect(page.getByText('check: platform')).toBeVisible();
      await expect(page.getByText(/Register the platform/)).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }
}
