/** A template fragment shaped like the stack's synthesized alarms. */
export const alarmTemplate = {
  Resources: {
    AlertTopic: {
      Type: 'AWS::SNS::Topic',
      Properties: { TopicName: 'order-pipeline-alerts' },
    },
    OrderValidation: {
      Type: 'AWS::Lambda::Function',
      Properties: { FunctionName: 'order-validation' },
    },
    DeadLetterQueue: { Type: 'AWS::SQS::Queue', Properties: {} },
    Workflow: {
      Type: 'AWS::StepFunctions::StateMachine',
      Properties: { StateMachineName: 'order-workflow' },
    },
    ErrorsAlarm: {
      Type: 'AWS::CloudWatch::Alarm',
      Properties: {
        AlarmName: 'order-validation-errors',
        AlarmActions: [{ Ref: 'AlertTopic' }],
        OKActions: [{ Ref: 'AlertTopic' }],
        ComparisonOperator: 'GreaterThanThreshold',
        Dimensions: [
          { Name: 'FunctionName', Value: { Ref: 'OrderValidation' } },
        ],
        EvaluationPeriods: 1,
        MetricName: 'Errors',
        Namespace: 'AWS/Lambda',
        Period: 60,
        Statistic: 'Sum',
        Threshold: 0,
        TreatMissingData: 'notBreaching',
      },
    },
    QueueAlarm: {
      Type: 'AWS::CloudWatch::Alarm',
      Properties: {
        AlarmName: 'orders-dlq-not-empty',
        AlarmActions: [{ Ref: 'AlertTopic' }],
        ComparisonOperator: 'GreaterThanThreshold',
        Dimensions: [
          {
            Name: 'QueueName',
            Value: { 'Fn::GetAtt': ['DeadLetterQueue', 'QueueName'] },
          },
        ],
        EvaluationPeriods: 1,
        MetricName: 'ApproximateNumberOfMessagesVisible',
        Namespace: 'AWS/SQS',
        Period: 60,
        Statistic: 'Maximum',
        Threshold: 0,
        TreatMissingData: 'notBreaching',
      },
    },
    WorkflowAlarm: {
      Type: 'AWS::CloudWatch::Alarm',
      Properties: {
        AlarmName: 'order-workflow-failed',
        ComparisonOperator: 'GreaterThanThreshold',
        Dimensions: [{ Name: 'StateMachineArn', Value: { Ref: 'Workflow' } }],
        EvaluationPeriods: 1,
        MetricName: 'ExecutionsFailed',
        Namespace: 'AWS/States',
        Period: 60,
        Statistic: 'Sum',
        Threshold: 0,
      },
    },
    DurationAnomaly: {
      Type: 'AWS::CloudWatch::Alarm',
      Properties: {
        AlarmName: 'order-validation-duration-anomaly',
        ComparisonOperator: 'GreaterThanUpperThreshold',
        EvaluationPeriods: 2,
        ThresholdMetricId: 'band',
        Metrics: [],
      },
    },
  },
};
