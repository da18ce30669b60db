#!/bin/bash
# change_permissions hook of the sample deployment.
set -euo pipefail
chmod -R 755 /var/www/html
