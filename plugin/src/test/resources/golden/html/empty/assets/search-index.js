window.STACKDOCS_INDEX = {
  "stacks" : [ {
    "name" : "empty",
    "url" : "stacks/empty.html"
  } ],
  "entries" : [ {
    "id" : "Fn",
    "type" : "Runbook",
    "path" : "",
    "stack" : "orders",
    "url" : "runbooks/orders/Fn.html"
  } ]
};
