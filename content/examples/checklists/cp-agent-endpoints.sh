for svc in ecs ecs-agent ecs-telemetry; do
  aws ec2 create-vpc-endpoint --vpc-id vpc-0123456789abcdef0 \
    --vpc-endpoint-type Interface \
    --service-name "com.amazonaws.us-east-1.$svc" \
    --subnet-ids subnet-0a1b2c3d4e5f60718 \
    --security-group-ids sg-0fedcba9876543210 --private-dns-enabled
done
