#!/bin/bash
# stop_server hook of the sample deployment.
set -euo pipefail
systemctl stop httpd || true
