{{- define "platform-lib.service" -}}
apiVersion: v1
kind: Service
metadata:
  name: {{ include "platform-lib.fullname" . }}
  labels:
    {{- include "platform-lib.labels" . | nindent 4 }}
spec:
  type: {{ .Values.service.type }}
  selector:
    {{- include "platform-lib.serverSelectorLabels" . | nindent 4 }}
  ports:
    - name: http
      port: {{ .Values.app.port }}
      targetPort: http
      protocol: TCP
{{- end -}}
