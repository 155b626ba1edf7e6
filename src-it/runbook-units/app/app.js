// A small CDK app for the runbook-units integration test: runbooks per construct.
// - OrdersService: a construct with a Lambda function, its role, a log group and an errors alarm -> one runbook.
// - Worker: a function with a dead-letter queue of its own (Worker/DeadLetterQueue, a runbook of its own), an SQS
//   event source (part of Worker) and a nightly EventBridge rule that invokes it asynchronously.
// - Jobs and JobsDlq: queues.
// Synthesize with ./synth.sh; the committed ../cdk.out is its output.
const path = require('path');
const cdk = require('aws-cdk-lib');
const { Construct } = require('constructs');
const lambda = require('aws-cdk-lib/aws-lambda');
const logs = require('aws-cdk-lib/aws-logs');
const sqs = require('aws-cdk-lib/aws-sqs');
const events = require('aws-cdk-lib/aws-events');
const targets = require('aws-cdk-lib/aws-events-targets');
const { SqsEventSource } = require('aws-cdk-lib/aws-lambda-event-sources');

const env = { account: '111111111111', region: 'eu-west-1' };

/** The orders API handler with everything it needs to be operated. */
class OrdersService extends Construct {
  constructor(scope, id) {
    super(scope, id);
    const logGroup = new logs.LogGroup(this, 'HandlerLogs', {
      retention: logs.RetentionDays.ONE_MONTH,
      removalPolicy: cdk.RemovalPolicy.DESTROY,
    });
    this.handler = new lambda.Function(this, 'Handler', {
      runtime: lambda.Runtime.NODEJS_22_X,
      handler: 'index.handler',
      code: lambda.Code.fromInline('exports.handler = async () => ({ statusCode: 200 });'),
      timeout: cdk.Duration.seconds(10),
      logGroup,
    });
    this.handler.metricErrors({ period: cdk.Duration.minutes(1) }).createAlarm(this, 'ErrorsAlarm', {
      threshold: 1,
      evaluationPeriods: 3,
      alarmDescription: 'The orders handler fails.',
    });
  }
}

class OrdersStack extends cdk.Stack {
  constructor(scope, id, props) {
    super(scope, id, props);
    new OrdersService(this, 'OrdersService');
    const dlq = new sqs.Queue(this, 'JobsDlq', { retentionPeriod: cdk.Duration.days(14) });
    const jobs = new sqs.Queue(this, 'Jobs', {
      visibilityTimeout: cdk.Duration.seconds(60),
      deadLetterQueue: { queue: dlq, maxReceiveCount: 3 },
    });
    const worker = new lambda.Function(this, 'Worker', {
      runtime: lambda.Runtime.NODEJS_22_X,
      handler: 'index.handler',
      code: lambda.Code.fromInline('exports.handler = async () => {};'),
      timeout: cdk.Duration.seconds(10),
      deadLetterQueueEnabled: true,
    });
    worker.addEventSource(new SqsEventSource(jobs, { batchSize: 5 }));
    new events.Rule(this, 'Nightly', {
      schedule: events.Schedule.cron({ minute: '0', hour: '3' }),
      targets: [new targets.LambdaFunction(worker)],
    });
  }
}

// analyticsReporting adds the CDKMetadata resource, as 'cdk synth' does by default
const app = new cdk.App({ outdir: process.argv[2] || path.join(__dirname, '..', 'cdk.out'), analyticsReporting: true });
new OrdersStack(app, 'Orders', { env, description: 'Orders service, worker and job queues' });
app.synth();
