module.exports = require('../../webpack.app.config')('deposit');
