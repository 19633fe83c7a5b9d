module.exports = require('../../webpack.app.config')('dispatch');
