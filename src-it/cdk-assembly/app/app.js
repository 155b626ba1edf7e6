// A small CDK app for the cdk-assembly integration test: two stacks in one environment, a cross-stack
// reference (Service reads the Storage stack's bucket and table), and a nested stack (Service/Alarms).
// Synthesize with ./synth.sh; the committed ../cdk.out is its output.
const path = require('path');
const cdk = require('aws-cdk-lib');
const { Construct } = require('constructs');
const s3 = require('aws-cdk-lib/aws-s3');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');
const lambda = require('aws-cdk-lib/aws-lambda');
const sns = require('aws-cdk-lib/aws-sns');

const env = { account: '111111111111', region: 'eu-west-1' };

/** Where orders are kept: an archive bucket and a table. */
class OrderStore extends Construct {
  constructor(scope, id) {
    super(scope, id);
    this.archive = new s3.Bucket(this, 'Archive', { versioned: true });
    this.table = new dynamodb.Table(this, 'Table', {
      partitionKey: { name: 'orderId', type: dynamodb.AttributeType.STRING },
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
    });
  }
}

class StorageStack extends cdk.Stack {
  constructor(scope, id, props) {
    super(scope, id, props);
    this.orders = new OrderStore(this, 'Orders');
  }
}

/** Alarms in a nested stack of the service. */
class AlarmsStack extends cdk.NestedStack {
  constructor(scope, id, props) {
    super(scope, id, props);
    this.topic = new sns.Topic(this, 'AlarmTopic', { displayName: 'Order service alarms' });
  }
}

class ServiceStack extends cdk.Stack {
  constructor(scope, id, props) {
    super(scope, id, props);
    const service = new Construct(this, 'OrdersService');
    const alarms = new AlarmsStack(this, 'Alarms');
    const handler = new lambda.Function(service, 'Handler', {
      runtime: lambda.Runtime.NODEJS_22_X,
      handler: 'index.handler',
      code: lambda.Code.fromInline('exports.handler = async () => ({ statusCode: 200 });'),
      environment: {
        ARCHIVE_BUCKET: props.orders.archive.bucketName,
        ORDERS_TABLE: props.orders.table.tableName,
        ALARM_TOPIC: alarms.topic.topicArn,
      },
    });
    props.orders.table.grantReadWriteData(handler);
    new cdk.CfnOutput(this, 'HandlerName', { value: handler.functionName });
  }
}

// analyticsReporting adds the CDKMetadata resource, as 'cdk synth' does by default
const app = new cdk.App({ outdir: process.argv[2] || path.join(__dirname, '..', 'cdk.out'), analyticsReporting: true });
const storage = new StorageStack(app, 'Storage', { env, description: 'Order storage: archive bucket and table' });
new ServiceStack(app, 'Service', { env, orders: storage.orders, description: 'Order service' });
app.synth();
