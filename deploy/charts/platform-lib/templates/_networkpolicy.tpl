{{/*
Default deny both ways for the app's pods (and its migration Job), then open: in, the app's port
from the ingress controller (gateway) or from this namespace and the monitoring namespace
(services: health and metrics only; their requests arrive over NATS); out, DNS, NATS, Postgres,
and the chart's `networkPolicy.extraEgress` rules (the gateway's: the hospital identity provider).
*/}}
{{- define "platform-lib.networkPolicy" -}}
{{- if .Values.networkPolicy.enabled }}
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: {{ include "platform-lib.fullname" . }}
  labels:
    {{- include "platform-lib.labels" . | nindent 4 }}
spec:
  podSelector:
    matchLabels:
      {{- include "platform-lib.selectorLabels" . | nindent 6 }}
  policyTypes: [Ingress, Egress]
  ingress:
    - ports:
        - port: {{ .Values.app.port }}
          protocol: TCP
      {{- if not .Values.networkPolicy.allowExternal }}
      from:
        - podSelector: {}
        - namespaceSelector:
            matchLabels:
              {{- toYaml .Values.networkPolicy.monitoringNamespaceLabels | nindent 14 }}
      {{- end }}
  egress:
    - ports:
        - port: 53
          protocol: UDP
        - port: 53
          protocol: TCP
    - to:
        - podSelector:
            matchLabels:
              {{- tpl (toYaml .Values.networkPolicy.natsPodLabels) . | nindent 14 }}
      ports:
        - port: {{ .Values.networkPolicy.natsPort }}
          protocol: TCP
    - ports:
        - port: {{ .Values.networkPolicy.postgresPort }}
          protocol: TCP
      {{- with .Values.networkPolicy.postgresCidrs }}
      to:
        {{- range . }}
        - ipBlock:
            cidr: {{ . }}
        {{- end }}
      {{- end }}
    {{- with .Values.networkPolicy.extraEgress }}
    {{- toYaml . | nindent 4 }}
    {{- end }}
{{- end }}
{{- end -}}
