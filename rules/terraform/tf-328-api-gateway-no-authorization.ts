import { asBool, asString, defineRule } from '../api';
import { allOf, awsDoc, publicEndpointRule } from '../shared/aws-network';
import { attributeCheck, type CheckScope } from '../shared/terraform-attribute-check';

const isNone = (value: Parameters<typeof asString>[0]) => {
  const text = asString(value)?.trim().toUpperCase();
  return text === undefined ? undefined : text !== 'NONE';
};

/** CORS preflight must stay unauthenticated; an API key is a (weak) gate of its own. */
const exempt = ({ resource }: CheckScope) =>
  asString(resource.value('http_method'))?.trim().toUpperCase() === 'OPTIONS' || asBool(resource.value('api_key_required')) === true;

/**
 * Routes that take an authorizer: HTTP API routes (`GET /items`, `$default`) and the WebSocket
 * `$connect` route; other WebSocket routes cannot have one. Preflight `OPTIONS` routes are exempt.
 */
const routeTakesAuthorizer = ({ resource }: CheckScope): boolean | undefined => {
  const key = asString(resource.value('route_key'))?.trim();
  if (key === undefined) return undefined;
  if (/^OPTIONS\s/i.test(key)) return false;
  return key === '$connect' || key === '$default' || /^(ANY|GET|POST|PUT|PATCH|DELETE|HEAD)\s+\//i.test(key);
};

export default defineRule({
  id: 'TF-328',
  title: 'Require authorization on API Gateway methods and routes',
  ...publicEndpointRule({ severity: 'medium', preset: 'strict' }),
  docs: {
    rationale:
      'A REST API method with authorization = "NONE" (and no API key), or an HTTP/WebSocket API route with ' +
      'authorization_type absent or "NONE", can be called by anyone who can reach the stage. Public read-only APIs are ' +
      'legitimate, so the rule is strict. OPTIONS methods and routes (CORS preflight), methods that require an API key, and ' +
      'WebSocket routes other than $connect (which cannot have an authorizer) are accepted.',
    remediation: 'Set authorization to AWS_IAM, COGNITO_USER_POOLS or CUSTOM (REST), or authorization_type to AWS_IAM, JWT or CUSTOM (HTTP/WebSocket), with an authorizer.',
    links: [
      awsDoc('aws_api_gateway_method', 'authorization'),
      awsDoc('aws_apigatewayv2_route', 'authorization_type'),
      { title: 'Controlling and managing access to a REST API', url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-control-access-to-api.html' },
    ],
  },
  messages: {
    none: '{{name}} = "NONE": anyone who reaches the API can call this {{kind}}.',
    missing: 'authorization_type is not set, so it is "NONE": anyone who reaches the API can call this route.',
  },
  examples: {
    bad:
      'resource "aws_api_gateway_method" "get" {\n  rest_api_id   = aws_api_gateway_rest_api.api.id\n  resource_id   = aws_api_gateway_resource.items.id\n' +
      '  http_method   = "GET"\n  authorization = "NONE"\n}\n',
    good:
      'resource "aws_api_gateway_method" "get" {\n  rest_api_id   = aws_api_gateway_rest_api.api.id\n  resource_id   = aws_api_gateway_resource.items.id\n' +
      '  http_method   = "GET"\n  authorization = "AWS_IAM"\n}\n',
  },
  check: allOf<'none' | 'missing'>(
    attributeCheck<'none' | 'missing'>({
      resources: ['aws_api_gateway_method'],
      path: 'authorization',
      compliant: (value, scope) => (exempt(scope) ? true : isNone(value)),
      // Required by the provider.
      absent: 'compliant',
      data: () => ({ name: 'authorization', kind: 'method' }),
      messages: { insecure: 'none', missing: 'none' },
    }),
    attributeCheck({
      resources: ['aws_apigatewayv2_route'],
      path: 'authorization_type',
      compliant: (value, scope) => (routeTakesAuthorizer(scope) === false ? true : isNone(value)),
      absent: (scope) => {
        const takes = routeTakesAuthorizer(scope);
        return takes === undefined ? 'unknown' : takes ? 'insecure' : 'compliant';
      },
      data: () => ({ name: 'authorization_type', kind: 'route' }),
      messages: { insecure: 'none', missing: 'missing' },
    }),
  ),
});
