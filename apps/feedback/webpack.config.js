module.exports = require('../../webpack.app.config')('feedback');
