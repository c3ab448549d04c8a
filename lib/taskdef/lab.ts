/**
 * The task-definition lab: a Fargate task definition for orders-api with seven planted problems, and the state of
 * a learner's edit of it (findings from the course's rule engine, which planted problems are fixed, solved or not).
 * Pure; the widget (components/taskdef-lab) wires it to the editor. Graded per fixed problem: the score is the
 * number of planted problems no longer found, out of seven, and only while the task definition is still orders-api
 * (deleting the container does not count as fixing it).
 */
import { checkTaskDefinition, RULES, type Finding, type RuleId } from './rules';

/** The problems planted in the starting task definition, in the order the lessons teach them. */
export const PLANTED: readonly RuleId[] = [
  'fargate-network-mode',
  'execution-role',
  'no-privileged',
  'non-root-user',
  'read-only-root',
  'secrets-in-environment',
  'log-configuration',
];

export const LAB_START = `{
  "family": "orders-api",
  "requiresCompatibilities": ["FARGATE"],
  "networkMode": "bridge",
  "cpu": "512",
  "memory": "1024",
  "containerDefinitions": [
    {
      "name": "orders-api",
      "image": "111122223333.dkr.ecr.us-east-1.amazonaws.com/orders-api:1.4.2",
      "essential": true,
      "privileged": true,
      "readonlyRootFilesystem": false,
      "portMappings": [{ "containerPort": 8080, "protocol": "tcp" }],
      "environment": [
        { "name": "LOG_LEVEL", "value": "info" },
        { "name": "DB_PASSWORD", "value": "hunter2-prod" }
      ]
    }
  ]
}`;

/** A problem with the edit that is not a rule finding: not JSON yet, or no longer the orders-api task definition. */
export type ShapeProblem = { kind: 'syntax' | 'shape'; message: string };

export type LabState = {
  findings: Finding[];
  problem: ShapeProblem | null;
  /** Planted problems that are fixed (only counted while the JSON parses and keeps the orders-api container). */
  fixed: RuleId[];
  score: number;
  max: number;
  solved: boolean;
};

function shapeProblem(value: unknown): ShapeProblem | null {
  const td = value as { requiresCompatibilities?: unknown; containerDefinitions?: unknown } | null;
  const containers = Array.isArray(td?.containerDefinitions) ? (td!.containerDefinitions as { name?: unknown; image?: unknown }[]) : [];
  const keepsFargate = Array.isArray(td?.requiresCompatibilities) && (td!.requiresCompatibilities as unknown[]).includes('FARGATE');
  if (
    !keepsFargate ||
    !containers.some((container) => container?.name === 'orders-api' && typeof container.image === 'string' && container.image.includes('/orders-api'))
  ) {
    return {
      kind: 'shape',
      message:
        'Keep it a Fargate task definition ("requiresCompatibilities": ["FARGATE"]) with the orders-api container and its image: fix the problems rather than removing what has them.',
    };
  }
  return null;
}

export function labState(text: string): LabState {
  const max = PLANTED.length;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { findings: [], problem: { kind: 'syntax', message: `Not valid JSON yet: ${(error as Error).message}` }, fixed: [], score: 0, max, solved: false };
  }
  const findings = checkTaskDefinition(value);
  const problem = shapeProblem(value);
  const found = new Set(findings.map((finding) => finding.rule));
  const fixed = problem ? [] : PLANTED.filter((rule) => !found.has(rule));
  return { findings, problem, fixed, score: fixed.length, max, solved: !problem && findings.length === 0 };
}

/** The words the widget announces after an edit settles (a polite live region). */
export function labSummary(state: LabState): string {
  if (state.problem) return state.problem.kind === 'syntax' ? 'The task definition is not valid JSON yet.' : 'The orders-api container is missing.';
  if (state.solved) return `Solved: no finding left. ${state.max} of ${state.max} planted problems fixed.`;
  const n = state.findings.length;
  return `${n} finding${n === 1 ? '' : 's'} left; ${state.score} of ${state.max} planted problems fixed.`;
}

export { RULES };
