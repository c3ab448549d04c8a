#!/usr/bin/env bash
# CI gate: wait until ECR has scanned the image, then fail on any high or critical finding.
# A basic scan ends COMPLETE; a continuous enhanced scan ends ACTIVE and stays there.
set -euo pipefail
repo=orders-api
tag=1.4.2

status=PENDING
for _ in $(seq 1 60); do
  status=$(aws ecr describe-image-scan-findings --repository-name "$repo" \
    --image-id imageTag="$tag" --query 'imageScanStatus.status' --output text) || status=PENDING
  case "$status" in
    COMPLETE | ACTIVE) break ;;
    FAILED | UNSUPPORTED_IMAGE | FINDINGS_UNAVAILABLE | SCAN_ELIGIBILITY_EXPIRED | LIMIT_EXCEEDED)
      echo "scan of $repo:$tag ended $status" >&2; exit 1 ;;
  esac
  sleep 10
done
if [ "$status" != COMPLETE ] && [ "$status" != ACTIVE ]; then
  echo "scan of $repo:$tag did not finish in 10 minutes (last status $status)" >&2; exit 1
fi

read -r high critical < <(aws ecr describe-image-scan-findings --repository-name "$repo" \
  --image-id imageTag="$tag" \
  --query 'imageScanFindings.findingSeverityCounts.[HIGH, CRITICAL]' --output text)
if [ "$high" != None ] || [ "$critical" != None ]; then
  echo "$repo:$tag has high or critical findings" >&2; exit 1
fi
