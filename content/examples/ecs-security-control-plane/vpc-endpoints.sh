aws ec2 describe-vpc-endpoints --region us-east-1 \
  --filters Name=vpc-id,Values=vpc-0123456789abcdef0 \
  --query 'VpcEndpoints[].[ServiceName,VpcEndpointType,State]' --output table
