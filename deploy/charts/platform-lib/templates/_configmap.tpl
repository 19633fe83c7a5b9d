{{- define "platform-lib.configmap" -}}
apiVersion: v1
kind: ConfigMap
metadata:
  name: {{ include "platform-lib.fullname" . }}
  labels:
    {{- include "platform-lib.labels" . | nindent 4 }}
data:
  {{- include "platform-lib.configData" . | nindent 2 }}
{{- end -}}
