#!/bin/bash
# validate_service hook of the sample deployment.
set -euo pipefail
curl -fsS http://localhost/ > /dev/null
