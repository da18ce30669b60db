#!/bin/bash
# install_dependencies hook of the sample deployment.
set -euo pipefail
yum install -y httpd
