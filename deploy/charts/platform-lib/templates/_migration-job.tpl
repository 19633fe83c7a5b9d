{{/*
The app's own image with MIGRATE_ONLY=true: it migrates under the per-schema advisory lock and
exits 0. It runs before the ConfigMap exists on a first install, so the env is written inline.
Pods migrate at start too (a no-op after this Job), which keeps `migrations.enabled: false` safe.
*/}}
{{- define "platform-lib.migrationJob" -}}
{{- if .Values.migrations.enabled }}
apiVersion: batch/v1
kind: Job
metadata:
  name: {{ include "platform-lib.fullname" . }}-migrate
  labels:
    {{- include "platform-lib.labels" . | nindent 4 }}
    app.kubernetes.io/component: migrations
  annotations:
    helm.sh/hook: pre-install,pre-upgrade
    helm.sh/hook-weight: "0"
    helm.sh/hook-delete-policy: before-hook-creation,hook-succeeded
spec:
  backoffLimit: {{ .Values.migrations.backoffLimit }}
  activeDeadlineSeconds: {{ .Values.migrations.activeDeadlineSeconds }}
  template:
    metadata:
      labels:
        {{- include "platform-lib.labels" . | nindent 8 }}
        app.kubernetes.io/component: migrations
    spec:
      restartPolicy: Never
      {{- include "platform-lib.podSecurity" . | nindent 6 }}
      containers:
        - name: migrate
          image: {{ include "platform-lib.image" . }}
          imagePullPolicy: {{ .Values.image.pullPolicy }}
          env:
            {{- range $name, $value := (include "platform-lib.configData" . | fromYaml) }}
            - name: {{ $name }}
              value: {{ $value | quote }}
            {{- end }}
            - name: MIGRATE_ONLY
              value: "true"
            {{- include "platform-lib.secretEnv" . | nindent 12 }}
          resources:
            {{- toYaml .Values.migrations.resources | nindent 12 }}
          securityContext:
            {{- toYaml .Values.securityContext | nindent 12 }}
          {{- include "platform-lib.tmpMount" . | nindent 10 }}
      {{- include "platform-lib.tmpVolume" . | nindent 6 }}
{{- end }}
{{- end -}}
