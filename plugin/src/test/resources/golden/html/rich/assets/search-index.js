window.STACKDOCS_INDEX = {
  "stacks" : [ {
    "name" : "app",
    "url" : "stacks/app.html"
  }, {
    "name" : "network",
    "url" : "stacks/network.html"
  } ],
  "entries" : [ {
    "id" : "Table",
    "type" : "AWS::DynamoDB::Table",
    "path" : "",
    "stack" : "app",
    "url" : "stacks/app.html#resource-table"
  }, {
    "id" : "FunctionRole",
    "type" : "AWS::IAM::Role",
    "path" : "",
    "stack" : "app",
    "url" : "stacks/app.html#resource-functionrole"
  }, {
    "id" : "ApiFunction",
    "type" : "AWS::Lambda::Function",
    "path" : "",
    "stack" : "app",
    "url" : "stacks/app.html#resource-apifunction"
  }, {
    "id" : "Queue",
    "type" : "AWS::SQS::Queue",
    "path" : "",
    "stack" : "app",
    "url" : "stacks/app.html#resource-queue"
  }, {
    "id" : "Subnet",
    "type" : "AWS::EC2::Subnet",
    "path" : "",
    "stack" : "network",
    "url" : "stacks/network.html#resource-subnet"
  }, {
    "id" : "Vpc",
    "type" : "AWS::EC2::VPC",
    "path" : "",
    "stack" : "network",
    "url" : "stacks/network.html#resource-vpc"
  }, {
    "id" : "FlowLogBucket",
    "type" : "AWS::S3::Bucket",
    "path" : "",
    "stack" : "network",
    "url" : "stacks/network.html#resource-flowlogbucket"
  }, {
    "id" : "Fn",
    "type" : "Runbook",
    "path" : "",
    "stack" : "orders",
    "url" : "runbooks/orders/Fn.html"
  } ]
};
