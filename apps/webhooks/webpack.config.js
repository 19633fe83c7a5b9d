module.exports = require('../../webpack.app.config')('webhooks');
