aws ec2 authorize-security-group-ingress \
  --group-id sg-0123456789abcdef0 \
  --protocol tcp --port 8080 \
  --source-group sg-0aa11bb22cc33dd44 \
  --region us-east-1
