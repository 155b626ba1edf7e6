// runbook-units: a CDK construct that holds a Lambda function with its role, log group and alarm is one runbook
// (named for its construct path), a SAM function is one runbook with what the transform creates for it and the
// deployed ids of the snapshot; the committed per-resource runbook of the handler is kept, marked orphaned and
// points to the construct's runbook; check then passes.
def log = new File(basedir, 'build.log').text
def runbooks = new File(basedir, 'src/docs/runbooks')
def names = []
runbooks.eachFileRecurse(groovy.io.FileType.FILES) { names << (runbooks.toPath().relativize(it.toPath()).toString().replace('\\', '/')) }
assert names.sort() == ['Orders/Jobs.adoc', 'Orders/JobsDlq.adoc', 'Orders/Nightly.adoc', 'Orders/OrdersService.adoc',
    'Orders/OrdersServiceHandlerD116AB82.adoc', 'Orders/Worker-DeadLetterQueue.adoc', 'Orders/Worker.adoc',
    'functions/Thumbnails.adoc', 'functions/Uploads.adoc']

// the construct's runbook covers the function, its role, its log group and its alarm
def service = new File(runbooks, 'Orders/OrdersService.adoc').text
assert service.startsWith('= Runbook: OrdersService (Orders)\n')
assert service.contains('Construct:: ``OrdersService``')
assert service.contains('|``OrdersServiceHandlerServiceRole1F9AEF90`` |AWS::IAM::Role |Handler/ServiceRole')
assert service.contains('|``OrdersServiceHandlerLogs6F419431`` |AWS::Logs::LogGroup |HandlerLogs')
assert service.contains('|OrdersServiceErrorsAlarm3DBC41B1 |``AWS/Lambda Errors`` |FunctionName |The orders handler fails.')
assert service.contains('Owner:: Orders team')

// the SAM function: its parts with their deployed ids
def fn = new File(runbooks, 'functions/Thumbnails.adoc').text
assert fn.contains('|``ThumbnailsRole`` |AWS::IAM::Role |created by SAM for execution role (no Role given) |``functions-ThumbnailsRole-Q1W2E3R4T5Y6``')
assert fn.contains('ARN:: ``arn:aws:lambda:eu-west-1:111111111111:function:thumbnails``')
assert fn.contains('On-failure destination (async invocations):: ``created by SAM``')

// the per-resource runbook people wrote in: kept, marked, pointing to its successor
def old = new File(runbooks, 'Orders/OrdersServiceHandlerD116AB82.adoc').text
assert old.contains('// stackdocs:begin orphaned')
assert old.contains('is now covered by the runbook OrdersService.adoc')
assert old.endsWith('Written when the runbook was per resource: restart the handler by redeploying the last release.\n')

// model.json and the index carry the construct owner
def index = new File(basedir, 'target/stackdocs/index.md').text
assert index.contains('[runbook](../../src/docs/runbooks/Orders/OrdersService.adoc)')
assert index.contains('## Owners and tiers')

assert log =~ /stackdocs: runbooks: created 8, updated 1, 0 unchanged, 1 orphaned \(kept\) in .*runbooks/
assert log =~ /stackdocs: runbooks: all 9 up to date, 1 orphaned \(kept\)/
assert log.contains('BUILD SUCCESS')
return true
