import { StartExecutionCommand } from '@aws-sdk/client-sfn';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { sampleOrder } from '@org/testing';
import { describe, expect, it } from 'vitest';
import { validateOrder } from '../../src/validate-order.js';
import { mockedDependencies, publishedEvents } from './support/clients.js';
import { FakeOrdersTable } from './support/fake-orders-table.js';
import { FakeStepFunctions } from './support/fake-step-functions.js';

function pipelineWithFakes() {
  const mocked = mockedDependencies();
  const table = new FakeOrdersTable();
  const stepFunctions = new FakeStepFunctions();
  mocked.dynamoMock
    .on(PutCommand)
    .callsFake((input) => table.put(input))
    .on(GetCommand)
    .callsFake((input) => table.get(input));
  mocked.stepFunctionsMock
    .on(StartExecutionCommand)
    .callsFake((input) => stepFunctions.start(input));

  return { ...mocked, table, stepFunctions };
}

describe('validateOrder with at-least-once delivery', () => {
  it('creates one order record and one execution when the same event arrives three times', async () => {
    const { dependencies, table, stepFunctions } = pipelineWithFakes();
    const event = { 'detail-type': 'OrderCreated', detail: sampleOrder() };

    const outcomes = [];
    for (let delivery = 0; delivery < 3; delivery++) {
      outcomes.push(await validateOrder(event, dependencies));
    }

    expect(outcomes.map((outcome) => outcome.statusCode)).toEqual([
      202, 202, 202,
    ]);
    expect(table.items.size).toBe(1);
    expect(stepFunctions.executions.size).toBe(1);
  });

  it('accepts a redelivery after the execution has finished without a second one', async () => {
    const { dependencies, stepFunctions, eventBridgeMock } =
      pipelineWithFakes();
    await validateOrder(sampleOrder(), dependencies);
    stepFunctions.close('ord-0001');

    const outcome = await validateOrder(sampleOrder(), dependencies);

    expect(outcome.statusCode).toBe(202);
    expect(stepFunctions.executions.size).toBe(1);
    expect(
      publishedEvents(eventBridgeMock).map((event) => event.detailType),
    ).toEqual(['OrderValidated']);
  });

  it('starts the workflow on the retry when the first attempt stored the order and then failed', async () => {
    const { dependencies, stepFunctionsMock, table, stepFunctions } =
      pipelineWithFakes();
    stepFunctionsMock
      .on(StartExecutionCommand)
      .rejectsOnce(Object.assign(new Error('timed out'), { name: 'Timeout' }))
      .callsFake((input) => stepFunctions.start(input));

    await expect(validateOrder(sampleOrder(), dependencies)).rejects.toThrow(
      'timed out',
    );
    const retry = await validateOrder(sampleOrder(), dependencies);

    expect(retry.statusCode).toBe(202);
    expect(table.items.size).toBe(1);
    expect([...stepFunctions.executions.keys()]).toEqual(['ord-0001']);
  });

  it('keeps the first order when a different payload reuses its id', async () => {
    const { dependencies, table, stepFunctions } = pipelineWithFakes();
    await validateOrder(sampleOrder(), dependencies);

    const outcome = await validateOrder(
      sampleOrder({ customerId: 'cus-9999' }),
      dependencies,
    );

    expect(outcome.statusCode).toBe(409);
    expect(table.items.get('ord-0001')?.customerId).toBe('cus-0001');
    expect(stepFunctions.executions.size).toBe(1);
  });
});
