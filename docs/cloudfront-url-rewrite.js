// CloudFront Function (viewer request, cloudfront-js-2.0) for the static export in an S3 bucket: the site links to
// clean URLs (/lessons/launch-types) and the export writes lessons/launch-types.html, so extensionless paths get
// ".html" and paths ending in "/" get "index.html". scripts/static-server.ts serves out/ through this same function,
// so the e2e static-export test exercises it.
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- CloudFront calls the global handler
function handler(event) {
  var request = event.request;
  var uri = request.uri;
  if (uri.endsWith('/')) {
    request.uri = uri + 'index.html';
  } else if (uri.split('/').pop().indexOf('.') === -1) {
    request.uri = uri + '.html';
  }
  return request;
}
