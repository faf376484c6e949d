import { AwsSolutionsChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { NagFindingsError } from '../errors.js';

/** One unacknowledged cdk-nag finding on one resource. */
export interface NagFinding {
  /** The rule and, for rules with several findings, its finding id. */
  ruleId: string;
  /** Where it is: the construct path, or the logical id. */
  resource: string;
  description: string;
}

/**
 * Runs the cdk-nag AwsSolutions checks over `scope` (an app or a stack)
 * and returns the findings nobody acknowledged. Findings acknowledged with
 * `Validations.of(construct).acknowledge()` are left out by cdk-nag.
 *
 * @example
 * const findings = findNagFindings(stack);
 * findings.length; // 0 for the ServerlessOrderStack
 */
export function findNagFindings(scope: IConstruct): NagFinding[] {
  const report = new AwsSolutionsChecks(scope).validateScope(scope);

  return report.violations.flatMap((violation) =>
    violation.violatingResources.map((resource) => ({
      ruleId: violation.ruleName,
      resource:
        resource.constructPath ?? resource.resourceLogicalId ?? '(unknown)',
      description: violation.description,
    })),
  );
}

/**
 * Throws when cdk-nag finds anything unacknowledged under `scope`.
 *
 * @throws NagFindingsError listing every finding.
 * @example
 * assertNoNagFindings(app);
 */
export function assertNoNagFindings(scope: IConstruct): void {
  const findings = findNagFindings(scope);
  if (findings.length === 0) return;

  throw new NagFindingsError(
    findings.map((finding) => `${finding.ruleId} at ${finding.resource}`),
  );
}
