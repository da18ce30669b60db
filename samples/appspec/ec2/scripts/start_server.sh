#!/bin/bash
# start_server hook of the sample deployment.
set -euo pipefail
systemctl start httpd
