import path from 'node:path';
import { envOf, healthRoutes, REPO } from './app-config';
import { loadChart, splitDefines, valuesReadBy } from './helm-chart';

/**
 * The gateway chart's edge: what its Ingress lets in from outside, and the settings and Secret it
 * hands the gateway. Read from the templates and values, as the other chart checks are.
 */
const gateway = () => loadChart(path.join(REPO, 'deploy/charts/gateway'));
const library = () => loadChart(path.join(REPO, 'deploy/charts/platform-lib'));

interface IngressPath {
  path: string;
  pathType: string;
}

/** The `- path:` / `pathType:` pairs of an Ingress template. */
function ingressPaths(template: string): IngressPath[] {
  return [...template.matchAll(/- path: (\S+)\s+pathType: (\S+)/g)].map((m) => ({ path: m[1], pathType: m[2] }));
}

/** Whether a request path reaches the backend, by the Kubernetes Ingress rules (Prefix matches whole path segments). */
function routed(paths: IngressPath[], url: string): boolean {
  return paths.some(({ path: p, pathType }) => (pathType === 'Exact' ? url === p : url === p || url.startsWith(`${p.replace(/\/$/, '')}/`)));
}

describe('the gateway Ingress', () => {
  const template = () => gateway().templates.get('ingress.yaml')!;

  it('routes the API and its documentation only, on fixed paths no value can change', () => {
    expect(ingressPaths(template())).toEqual([
      { path: '/api', pathType: 'Prefix' },
      { path: '/docs', pathType: 'Prefix' },
      { path: '/docs-json', pathType: 'Exact' },
    ]);
    const rules = template().slice(template().indexOf('paths:'));
    expect(rules).not.toMatch(/\.Values/);
    expect(template()).toMatch(/^{{- if \.Values\.ingress\.enabled }}$/m);
    // Every path goes to the gateway's Service, by the port name the library's Service defines.
    expect(template().match(/name: {{ include "platform-lib\.fullname" \. }}\s+port:\s+name: http/g)).toHaveLength(3);
    expect(library().templates.get('_service.tpl')).toMatch(/name: http/);
  });

  it('lets in /api/v1 and Swagger UI, never /metrics or the probes (Prometheus and the kubelet reach the pod)', () => {
    const paths = ingressPaths(template());
    const routes = healthRoutes();
    expect(['/api/v1/dispatch/tasks', '/api/v1/auth/login', '/docs', '/docs/swagger-ui.css', '/docs-json'].filter((url) => !routed(paths, url))).toEqual([]);
    expect([routes.metrics, routes.live, routes.ready, '/', '/metrics/', '/docs-json/x', '/apiv1'].filter((url) => routed(paths, url))).toEqual([]);
  });

  it("is the gateway's own: the library's Ingress (every path, /metrics included) is not rendered", () => {
    const rendered = splitDefines(gateway().templates.get('platform.yaml')!).top;
    expect(rendered).not.toContain('platform-lib.ingress');
    expect(ingressPaths(splitDefines(library().templates.get('_ingress.tpl')!).defines.get('platform-lib.ingress')!)).toEqual([{ path: '/', pathType: 'Prefix' }]);
  });
});

describe('the first administrator from an existing Secret', () => {
  const platform = () => gateway().templates.get('platform.yaml')!;

  it('is off by default: no Secret named, so no INITIAL_ADMIN_* variable is rendered', () => {
    const values = gateway().values as { initialAdmin: unknown; secretEnv: Record<string, unknown> };
    expect(values.initialAdmin).toEqual({ existingSecret: '', usernameKey: 'username', passwordKey: 'password' });
    expect(Object.keys(values.secretEnv).filter((name) => name.startsWith('INITIAL_ADMIN'))).toEqual([]);
  });

  it('adds both variables, as secretKeyRefs to that Secret under the configured keys, only when existingSecret is set', () => {
    const wiring = /{{- with \.Values\.initialAdmin\.existingSecret }}([\s\S]*?){{- end }}/.exec(platform());
    expect(wiring).not.toBeNull();
    const added = [...wiring![1].matchAll(/set \$\.Values\.secretEnv "([A-Z_]+)" \(dict "secretName" \. "key" \$\.Values\.initialAdmin\.([A-Za-z]+)\)/g)].map((m) => [m[1], m[2]]);
    expect(added).toEqual([
      ['INITIAL_ADMIN_USERNAME', 'usernameKey'],
      ['INITIAL_ADMIN_PASSWORD', 'passwordKey'],
    ]);
    // Before the Deployment is rendered, which turns every secretEnv entry into a secretKeyRef.
    expect(platform().indexOf('platform-lib.deployment')).toBeGreaterThan(wiring!.index);
    const secretEnv = splitDefines(library().templates.get('_helpers.tpl')!).defines.get('platform-lib.secretEnv')!;
    expect(secretEnv).toMatch(/range \$name, \$ref := \.Values\.secretEnv[\s\S]*- name: {{ \$name }}\s+valueFrom:\s+secretKeyRef:\s+name: {{ tpl \$ref\.secretName \$ }}\s+key: {{ \$ref\.key }}/);
    expect(valuesReadBy(gateway()).get('initialAdmin.existingSecret')).toBe('gateway/templates/platform.yaml');
    // Names the gateway reads.
    const known = new Set(envOf('gateway').map((v) => v.name));
    expect(added.map(([name]) => name).filter((name) => !known.has(name))).toEqual([]);
  });
});

describe("the gateway's plain settings", () => {
  const config = () => (gateway().values as { config: Record<string, string> }).config;
  const edgeAndAccess = [
    'TRUST_PROXY_HOPS',
    'CORS_ORIGINS',
    'RATE_LIMIT_LOGIN_PER_MINUTE',
    'PASSWORD_MIN_LENGTH',
    'LOGIN_MAX_FAILURES',
    'LOGIN_MAX_FAILURES_PER_ADDRESS',
    'LOGIN_LOCK_MINUTES',
    'AUDIT_RETENTION_DAYS',
    'OIDC_ISSUER',
    'OIDC_AUDIENCE',
    'OIDC_JWKS_URL',
    'OIDC_ROLES_CLAIM',
    'OIDC_ROLE_MAP',
    'OIDC_USERNAME_CLAIM',
    'OIDC_CLOCK_SKEW_SECONDS',
  ];

  it('are all in values.yaml, behind the ingress believing one proxy hop and allowing no browser origin', () => {
    expect(edgeAndAccess.filter((name) => !(name in config()))).toEqual([]);
    expect(config()).toMatchObject({ TRUST_PROXY_HOPS: '1', CORS_ORIGINS: '', OIDC_ISSUER: '' });
  });

  it("default to the app's own defaults (the proxy hops aside: the chart always runs behind the ingress)", () => {
    const scalarDefaults = envOf('gateway').filter((v) => edgeAndAccess.includes(v.name) && v.defaultValue !== undefined && !v.defaultValue.startsWith('['));
    expect(scalarDefaults.length).toBeGreaterThan(8);
    // The config reader drops quotes and underscores from a default (numeric separators: 10_000).
    const differing = scalarDefaults
      .filter((v) => config()[v.name].replace(/_/g, '') !== v.defaultValue)
      .map((v) => `${v.name}: chart ${config()[v.name]}, app ${v.defaultValue}`);
    expect(differing).toEqual(['TRUST_PROXY_HOPS: chart 1, app 0']);
  });
});

describe("the gateway's network policy", () => {
  it('adds the egress rules of networkPolicy.extraEgress (the identity provider for single sign-on) after the built-in ones, none by default', () => {
    const policy = splitDefines(library().templates.get('_networkpolicy.tpl')!).defines.get('platform-lib.networkPolicy')!;
    const egress = policy.slice(policy.indexOf('egress:'));
    expect(egress).toMatch(/{{- with \.Values\.networkPolicy\.extraEgress }}\s+{{- toYaml \. \| nindent 4 }}\s+{{- end }}/);
    expect(egress.indexOf('extraEgress')).toBeGreaterThan(egress.indexOf('postgresPort'));
    expect(gateway().values).toMatchObject({ networkPolicy: { extraEgress: [] } });
  });
});
