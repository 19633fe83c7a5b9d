module.exports = require('../../webpack.app.config')('gateway');
