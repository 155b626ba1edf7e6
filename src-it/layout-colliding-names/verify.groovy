// layout-colliding-names: with no configuration, templates sharing a base name are named by the shortest unique
// end of their path (ecs-refarch's services/*/service.yaml, SAM's one template.yaml per folder); JSON/YAML twins
// holding the same template are one stack (with an INFO note), twins that differ are two stacks named with their
// extensions. Nothing is dropped as a duplicate.
import groovy.json.JsonSlurper

def out = new File(basedir, 'target/stackdocs')
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert !log.contains('duplicate-stack-name')
assert log =~ /stackdocs: 7 stacks, 7 resources, 0 errors/

def model = new JsonSlurper().parse(new File(out, 'model.json'))
def sources = model.stacks.collectEntries { [(it.name): it.sourceFile] }
assert sources == [
    'bucket'                 : 'src/main/cloudformation/twins/bucket.json',
    'orders/template'        : 'src/main/cloudformation/functions/orders/template.yaml',
    'payments/template'      : 'src/main/cloudformation/functions/payments/template.yaml',
    'product-service/service': 'src/main/cloudformation/services/product-service/service.yaml',
    'queue.json'             : 'src/main/cloudformation/twins/queue.json',
    'queue.yaml'             : 'src/main/cloudformation/twins/queue.yaml',
    'website-service/service': 'src/main/cloudformation/services/website-service/service.yaml',
] : "stack names: ${sources}"

// one page per stack, '/' written '-'
def pages = new File(out, 'stacks').list().findAll { it.endsWith('.md') }.sort()
assert pages == ['bucket.md', 'orders-template.md', 'payments-template.md', 'product-service-service.md',
                 'queue.json.md', 'queue.yaml.md', 'website-service-service.md'] : "pages: ${pages}"
def index = new File(out, 'index.md').text
assert index.contains('| [product-service/service](stacks/product-service-service.md) | Product service (ecs-refarch layout) |')
assert index.contains('| [orders/template](stacks/orders-template.md) | The orders function\'s SAM application')
assert index.contains('| [queue.yaml](stacks/queue.yaml.md) | The YAML version, which has moved on |')

// the page of each colliding template holds its own resources
assert new File(out, 'stacks/product-service-service.md').text.contains('ProductQueue')
assert new File(out, 'stacks/website-service-service.md').text.contains('WebsiteTopic')
assert new File(out, 'stacks/payments-template.md').text.contains('PaymentsTable')

// identical twins: documented once, from the first path, with a note naming the file left out
def bucket = new File(out, 'stacks/bucket.md').text
assert bucket.contains('- Source file: src/main/cloudformation/twins/bucket.json')
assert bucket.contains('| INFO | src/main/cloudformation/twins/bucket.yaml | src/main/cloudformation/twins/bucket.yaml'
    + ' holds the same template as src/main/cloudformation/twins/bucket.json; documented once, as stack bucket, from'
    + ' src/main/cloudformation/twins/bucket.json |')
return true
