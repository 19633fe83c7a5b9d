{{/* Live: the process answers. Ready: its database and NATS answer (the app's /health/ready). */}}
{{- define "platform-lib.probes" -}}
startupProbe:
  httpGet:
    path: {{ .Values.health.livePath }}
    port: http
  periodSeconds: 5
  # Migrations run before the port opens; give a long one time instead of restarting it.
  failureThreshold: {{ .Values.health.startupFailureThreshold }}
livenessProbe:
  httpGet:
    path: {{ .Values.health.livePath }}
    port: http
  periodSeconds: 10
  timeoutSeconds: 3
  failureThreshold: 3
readinessProbe:
  httpGet:
    path: {{ .Values.health.readyPath }}
    port: http
  periodSeconds: 5
  timeoutSeconds: 3
  failureThreshold: 2
{{- end -}}
