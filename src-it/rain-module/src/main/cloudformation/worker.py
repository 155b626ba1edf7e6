def handler(event, context):
    return "embedded-worker-code"
