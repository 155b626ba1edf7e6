// Starts a local stand-in for CloudFormation (AWS Query protocol: form POST in, XML out) and points the pom at it.
import com.sun.net.httpserver.HttpServer

def ns = 'http://cloudformation.amazonaws.com/doc/2010-05-15/'
def arn = 'arn:aws:cloudformation:eu-west-1:123456789012:stack/orders/5f1c2a40-8b1e-11ef-9c3b-0a1b2c3d4e5f'
def results = [
  DescribeStacks: """<Stacks><member><StackId>${arn}</StackId><StackName>orders</StackName>
    <Parameters><member><ParameterKey>DbPassword</ParameterKey><ParameterValue>****</ParameterValue></member></Parameters>
    <CreationTime>2026-03-02T09:14:27.511Z</CreationTime><StackStatus>CREATE_COMPLETE</StackStatus></member></Stacks>""",
  ListStackResources: """<StackResourceSummaries><member><LogicalResourceId>OrdersQueue</LogicalResourceId>
    <PhysicalResourceId>https://sqs.eu-west-1.amazonaws.com/123456789012/orders-OrdersQueue-Jx2w</PhysicalResourceId>
    <ResourceType>AWS::SQS::Queue</ResourceType><LastUpdatedTimestamp>2026-03-02T09:15:00Z</LastUpdatedTimestamp>
    <ResourceStatus>CREATE_COMPLETE</ResourceStatus></member></StackResourceSummaries>""",
  DescribeStackResourceDrifts: '<StackResourceDrifts/>',
  GetTemplate: '<TemplateBody>{"Resources":{"OrdersQueue":{"Type":"AWS::SQS::Queue"}}}</TemplateBody>'
]
def requests = Collections.synchronizedList([])
def server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0)
server.createContext('/') { exchange ->
  def body = exchange.requestBody.text
  def action = (body =~ /Action=([A-Za-z]+)/)[0][1]
  requests << body
  def status = 200
  def reply
  if (body.contains('StackName=ghost')) {
    status = 400
    reply = "<ErrorResponse xmlns=\"${ns}\"><Error><Type>Sender</Type><Code>ValidationError</Code>" +
        "<Message>Stack with id ghost does not exist</Message></Error><RequestId>1</RequestId></ErrorResponse>"
  } else {
    reply = "<${action}Response xmlns=\"${ns}\"><${action}Result>${results[action]}</${action}Result>" +
        "<ResponseMetadata><RequestId>2</RequestId></ResponseMetadata></${action}Response>"
  }
  def bytes = reply.getBytes('UTF-8')
  exchange.responseHeaders.add('Content-Type', 'text/xml')
  exchange.sendResponseHeaders(status, bytes.length)
  exchange.responseBody.withStream { it.write(bytes) }
}
server.start()
System.properties.put('stackdocs.it.mock', server)
System.properties.put('stackdocs.it.requests', requests)

def pom = new File(basedir, 'pom.xml')
pom.text = pom.text.replace('MOCK_ENDPOINT', "http://127.0.0.1:${server.address.port}")
return true
