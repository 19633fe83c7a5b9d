import fs from 'node:fs';
import path from 'node:path';
import { APPS, AppName, envOf, healthRoutes, listenPortEnvOf, metricNames, REPO, serviceNameOf } from './app-config';
import { HelmChart, loadChart, missingValues, readYaml, valuesReadBy } from './helm-chart';
import { mergeValues, schemaErrors, unknownOverrides } from './values-schema';

const CHARTS = path.join(REPO, 'deploy/charts');
const chartDirs = fs.readdirSync(CHARTS).filter((d) => fs.existsSync(path.join(CHARTS, d, 'Chart.yaml')));
const chart = (name: string): HelmChart => loadChart(path.join(CHARTS, name));
const appChart = (app: AppName) => chart(app);
const umbrella = () => chart('hospital-platform');

interface AppValues {
  image: { repository: string; tag: string };
  app: { portEnv: string; port: number };
  health: { livePath: string; readyPath: string; metricsPath: string };
  config: Record<string, string>;
  secretEnv: Record<string, { secretName: string; key: string }>;
  podSecurityContext: { runAsUser: number };
  resources: { requests: { memory: string }; limits: { memory: string } };
}
const valuesOf = (app: AppName) => appChart(app).values as unknown as AppValues;

describe('chart files', () => {
  it('finds the library, the five app charts and the umbrella', () => {
    expect(chartDirs.sort()).toEqual(['deposit', 'dispatch', 'feedback', 'gateway', 'hospital-platform', 'platform-lib', 'webhooks']);
  });

  it.each(chartDirs)('%s: Chart.yaml and values.yaml parse as YAML', (dir) => {
    expect(readYaml(path.join(CHARTS, dir, 'Chart.yaml'))).toMatchObject({ apiVersion: 'v2', name: dir });
    const values = path.join(CHARTS, dir, 'values.yaml');
    if (fs.existsSync(values)) expect(typeof readYaml(values)).toBe('object');
  });

  it('app charts build on the library chart from disk; the library is not installable', () => {
    expect(chart('platform-lib').meta.type).toBe('library');
    for (const app of APPS)
      expect(appChart(app).meta.dependencies).toEqual([{ name: 'platform-lib', version: '0.1.0', repository: 'file://../platform-lib' }]);
  });

  it('app charts hold no resource of their own: every template only includes platform-lib (the gateway: but its Ingress)', () => {
    // The gateway's platform.yaml also adds the first admin's Secret references (gateway-chart.spec.ts).
    const adminWiring = /{{- with \.Values\.initialAdmin\.existingSecret }}[\s\S]*?{{- end }}/;
    for (const app of APPS)
      for (const [file, text] of appChart(app).templates) {
        if (app === 'gateway' && file === 'ingress.yaml') continue;
        const rest = (app === 'gateway' ? text.replace(adminWiring, '') : text).replace(/^#.*$/gm, '');
        expect({ file, rest: rest.replace(/{{ include "platform-lib\.[A-Za-z]+" \. }}/g, '').replace(/---|\s/g, '') }).toEqual({ file, rest: '' });
      }
    expect([...appChart('gateway').templates.keys()]).toEqual(['ingress.yaml', 'platform.yaml']);
  });
});

describe('values against values.schema.json', () => {
  it.each([...APPS, 'hospital-platform'])('%s: values.yaml satisfies its schema', (name) => {
    const c = chart(name);
    expect(c.schema).not.toBeNull();
    expect(schemaErrors(c.schema!, c.values)).toEqual([]);
  });

  it.each(APPS)("umbrella's %s block, merged over the app chart's defaults, satisfies the app's schema", (app) => {
    const merged = mergeValues(appChart(app).values, umbrella().values[app]);
    expect(schemaErrors(appChart(app).schema!, merged)).toEqual([]);
  });

  it.each(APPS)('umbrella sets only keys the %s chart has', (app) => {
    expect(unknownOverrides(appChart(app).values, umbrella().values[app])).toEqual([]);
  });

  it('the schema refuses a root user, a writable root filesystem and kept capabilities', () => {
    const values = valuesOf('dispatch') as unknown as Record<string, Record<string, unknown>>;
    const broken = {
      ...values,
      podSecurityContext: { ...values.podSecurityContext, runAsNonRoot: false },
      securityContext: { ...values.securityContext, readOnlyRootFilesystem: false, capabilities: { drop: ['NET_RAW'] } },
    };
    const errors = schemaErrors(appChart('dispatch').schema!, broken).join('\n');
    expect(errors).toMatch(/runAsNonRoot/);
    expect(errors).toMatch(/readOnlyRootFilesystem/);
    expect(errors).toMatch(/capabilities\/drop/);
  });
});

describe('values the templates read', () => {
  it.each(APPS)('%s: every .Values path its templates and the library templates they include read exists in values.yaml', (app) => {
    expect(missingValues(appChart(app))).toEqual([]);
  });

  it('follows include into the library: the app charts read the HPA, probe and security values', () => {
    const read = [...valuesReadBy(appChart('dispatch')).keys()];
    expect(read).toEqual(
      expect.arrayContaining(['autoscaling.targetMemoryUtilizationPercentage', 'health.readyPath', 'securityContext', 'migrations.enabled', 'secretEnv']),
    );
    expect(read).not.toContain('ingress.enabled');
    expect([...valuesReadBy(appChart('gateway')).keys()]).toContain('ingress.host');
  });

  it('catches a broken chart: values a template reads that do not exist, and values that break the schema', () => {
    const broken = loadChart(path.join(REPO, 'deploy/test-fixtures/broken-chart'));
    const missing = missingValues(broken);
    expect(missing).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^broken\/templates\/broken\.yaml reads \.Values\.service\.port,/),
        expect.stringMatching(/platform-lib\/templates\/_hpa\.tpl \(platform-lib\.hpa\) reads \.Values\.autoscaling\.enabled,/),
      ]),
    );
    expect(missing).not.toEqual(expect.arrayContaining([expect.stringMatching(/\.Values\.service\.type,/)]));
    expect(schemaErrors(broken.schema!, broken.values)).toEqual([expect.stringMatching(/^\/replicaCount must be integer/)]);
  });

  it('catches an umbrella key the app chart does not have', () => {
    expect(unknownOverrides(appChart('dispatch').values, { autoscalling: { enabled: false }, config: { TASK_DUE_MINUTES_STAT: '10' } })).toEqual([
      'autoscalling',
    ]);
  });
});

describe('charts against the apps’ configuration code', () => {
  it.each(APPS)('%s: chart and image are named after the service; the tag defaults to appVersion', (app) => {
    const c = appChart(app);
    expect(c.name).toBe(serviceNameOf(app));
    expect(valuesOf(app).image.repository).toMatch(new RegExp(`^ghcr\\.io/[^/]+/hospital-${serviceNameOf(app)}$`));
    expect(valuesOf(app).image.tag).toBe('');
    expect(c.meta.appVersion).toBe(umbrella().meta.appVersion);
  });

  it.each(APPS)('%s: the chart sets the port variable the app listens on, to the port the probes use', (app) => {
    const { app: port } = valuesOf(app);
    expect(port.portEnv).toBe(listenPortEnvOf(app));
    expect(envOf(app).map((v) => v.name)).toContain(port.portEnv);
    const deployment = chart('platform-lib').templates.get('_deployment.tpl')!;
    expect(deployment).toMatch(/name: http\s+containerPort: {{ \.Values\.app\.port }}/);
    expect(chart('platform-lib').templates.get('_probes.tpl')!.match(/port: http/g)).toHaveLength(3);
  });

  it("the gateway's chart port is the app's default PORT; the services share one health port", () => {
    const portVar = envOf('gateway').find((v) => v.name === 'PORT')!;
    expect(valuesOf('gateway').app.port).toBe(Number(portVar.defaultValue));
    expect(new Set(['dispatch', 'deposit', 'feedback', 'webhooks'].map((a) => valuesOf(a as AppName).app.port)).size).toBe(1);
  });

  it.each(APPS)('%s: probe and metrics paths are the routes the platform serves', (app) => {
    const routes = healthRoutes();
    expect(valuesOf(app).health).toMatchObject({ livePath: routes.live, readyPath: routes.ready, metricsPath: routes.metrics });
  });

  it.each(APPS)('%s: every env var the chart sets is one the app reads', (app) => {
    const known = new Set(envOf(app).map((v) => v.name));
    const { config, secretEnv, app: port } = valuesOf(app);
    const set = [...Object.keys(config), ...Object.keys(secretEnv), port.portEnv, 'MIGRATE_ONLY'];
    expect(set.filter((name) => !known.has(name))).toEqual([]);
  });

  it.each(APPS)('%s: every variable the app requires (no default) is set, the secret ones from Secrets', (app) => {
    const { config, secretEnv, app: port } = valuesOf(app);
    const provided = new Set([...Object.keys(config), ...Object.keys(secretEnv), port.portEnv]);
    const required = envOf(app).filter((v) => v.required).map((v) => v.name);
    expect(required.length).toBeGreaterThan(0);
    expect(required.filter((name) => !provided.has(name))).toEqual([]);
    for (const secret of ['DATABASE_URL', 'JWT_SECRET', 'ID_HASH_KEY', 'WEBHOOKS_SECRET_KEY'].filter((s) => required.includes(s))) {
      expect(secretEnv[secret]).toBeDefined();
      expect(config[secret]).toBeUndefined();
    }
  });

  it('the migration Job runs the app image with MIGRATE_ONLY, which the platform reads', () => {
    const job = chart('platform-lib').templates.get('_migration-job.tpl')!;
    expect(job).toMatch(/name: MIGRATE_ONLY\s+value: "true"/);
    expect(job).toMatch(/helm\.sh\/hook: pre-install,pre-upgrade/);
    expect(job).toContain('image: {{ include "platform-lib.image" . }}');
    for (const app of APPS) expect(envOf(app).find((v) => v.name === 'MIGRATE_ONLY')).toMatchObject({ required: false });
  });
});

describe('umbrella chart', () => {
  const deps = () => umbrella().meta.dependencies!;

  it('installs the five apps from disk and the official NATS chart at a pinned version, with JetStream', () => {
    expect(deps().filter((d) => d.repository.startsWith('file://')).map((d) => d.name)).toEqual([...APPS]);
    const nats = deps().find((d) => d.name === 'nats')!;
    expect(nats.repository).toBe('https://nats-io.github.io/k8s/helm/charts/');
    expect(nats.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(umbrella().values).toMatchObject({ nats: { config: { jetstream: { enabled: true } } } });
  });

  it('bundles Postgres only when asked (trials), and the apps read DATABASE_URL from a Secret by default', () => {
    expect(deps().find((d) => d.name === 'postgresql')).toMatchObject({ condition: 'postgresql.enabled' });
    expect(umbrella().values).toMatchObject({ postgresql: { enabled: false } });
    for (const app of APPS) expect(valuesOf(app).secretEnv.DATABASE_URL).toEqual({ secretName: 'hospital-database', key: 'DATABASE_URL' });
  });

  it('the NATS URL and NetworkPolicy target the NATS chart installed in the same release', () => {
    for (const app of APPS) expect(valuesOf(app).config.NATS_URL).toBe('nats://{{ .Release.Name }}-nats:4222');
  });
});

describe('image and operations guide', () => {
  const dockerfile = fs.readFileSync(path.join(REPO, 'deploy/Dockerfile'), 'utf8');

  it('the image builds what `npm run build:prod` builds and runs as the non-root user the charts expect', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts['build:prod']).toBe(`nx run-many -t build -p ${APPS.join(' ')}`);
    expect(dockerfile).toContain('npm run build:prod');
    expect(dockerfile).toMatch(/npm ci --omit=dev/);
    expect(dockerfile).toMatch(/ENV NODE_ENV=production/);
    const user = /^USER (\d+)(?::\d+)?$/m.exec(dockerfile);
    for (const app of APPS) expect(Number(user?.[1])).toBe(valuesOf(app).podSecurityContext.runAsUser);
    expect(dockerfile).toContain(`HEALTHCHECK`);
    expect(dockerfile).toContain(healthRoutes().live);
  });

  it('caps the V8 heap well inside every container: the old space at most half the memory limit', () => {
    // A heap left to grow runs into the limit and the pod is OOM-killed instead of collecting garbage.
    const oldSpaceMb = Number(/^ENV NODE_OPTIONS="[^"]*--max-old-space-size=(\d+)/m.exec(dockerfile)?.[1]);
    expect(oldSpaceMb).toBeGreaterThan(0);
    const mebibytes = (quantity: string) => Number(/^(\d+)Mi$/.exec(quantity)?.[1]);
    for (const app of APPS) {
      const { requests, limits } = valuesOf(app).resources;
      expect({ app, fits: mebibytes(limits.memory) >= 2 * oldSpaceMb && mebibytes(requests.memory) >= oldSpaceMb }).toEqual({ app, fits: true });
    }
  });

  it('the guide names the backlog and dead-letter metrics the platform exports', () => {
    const guide = fs.readFileSync(path.join(REPO, 'deploy/README.md'), 'utf8');
    const named = [...guide.matchAll(/`((?:outbox|dead_letters|events)_[a-z_]+)(?:\{[^}]*\})?`/g)].map((m) => m[1]);
    expect(named).toEqual(expect.arrayContaining(['outbox_backlog', 'dead_letters_open']));
    const exported = new Set(metricNames());
    expect(named.filter((name) => !exported.has(name))).toEqual([]);
  });
});
