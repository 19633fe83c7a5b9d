{{/* Names and labels. Every template takes the calling chart's root context. */}}
{{- define "platform-lib.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "platform-lib.fullname" -}}
{{- if .Values.fullnameOverride -}}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- $name := include "platform-lib.name" . -}}
{{- if contains $name .Release.Name -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}
{{- end -}}

{{/* Selects the app's pods and its migration Job's pods: NetworkPolicy uses it. */}}
{{- define "platform-lib.selectorLabels" -}}
app.kubernetes.io/name: {{ include "platform-lib.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}

{{- define "platform-lib.labels" -}}
{{ include "platform-lib.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/part-of: hospital-platform
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" }}
{{- end -}}

{{/* The serving pods only (not the migration Job): Deployment, Service, PDB, ServiceMonitor. */}}
{{- define "platform-lib.serverSelectorLabels" -}}
{{ include "platform-lib.selectorLabels" . }}
app.kubernetes.io/component: server
{{- end -}}

{{- define "platform-lib.image" -}}
{{- printf "%s:%s" .Values.image.repository (default .Chart.AppVersion .Values.image.tag) -}}
{{- end -}}

{{/* Values may name the release, e.g. NATS_URL: nats://{{ .Release.Name }}-nats:4222 */}}
{{- define "platform-lib.configData" -}}
{{- range $name, $value := .Values.config }}
{{ $name }}: {{ tpl (toString $value) $ | quote }}
{{- end }}
{{ .Values.app.portEnv }}: {{ .Values.app.port | quote }}
{{- end -}}

{{/* Secrets are the operator's: the chart only references them by name and key. */}}
{{- define "platform-lib.secretEnv" -}}
{{- range $name, $ref := .Values.secretEnv }}
- name: {{ $name }}
  valueFrom:
    secretKeyRef:
      name: {{ tpl $ref.secretName $ }}
      key: {{ $ref.key }}
{{- end }}
{{- end -}}

{{- define "platform-lib.podSecurity" -}}
automountServiceAccountToken: false
securityContext:
  {{- toYaml .Values.podSecurityContext | nindent 2 }}
{{- with .Values.imagePullSecrets }}
imagePullSecrets:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- end -}}

{{/* readOnlyRootFilesystem: Node and its libraries still want a writable /tmp. */}}
{{- define "platform-lib.tmpVolume" -}}
volumes:
  - name: tmp
    emptyDir:
      sizeLimit: {{ .Values.tmpSizeLimit }}
{{- end -}}

{{- define "platform-lib.tmpMount" -}}
volumeMounts:
  - name: tmp
    mountPath: /tmp
{{- end -}}
